package org.pulsewall.outage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Detection state of one region or one country: its recent votes (bounded), its learned hourly
 * counts and its active alert. Countries keep two count series: all complaints and located ones.
 */
final class Area {
    /** Minutes of per-minute counts a country keeps: the longest window plus the hour before it. */
    static final int REFERENCE_MINUTES = 256;
    final int index;
    final String code;
    final String name;
    final Area country;
    final double populationShare;
    final double[] counts = new double[24];
    final double[] locatedCounts;
    /** Sums of {@link #counts} and {@link #locatedCounts}, kept as they change. */
    double countsTotal;
    double locatedTotal;
    private final ArrayDeque<Vote> votes = new ArrayDeque<>();
    private final int maxVotes;
    Alert active;
    long activeWindowMillis;
    /** Bordering regions (empty for countries and unknown regions). */
    Area[] neighbours = new Area[0];
    /** The region whose alert covers this one (itself when it raised it), or null. */
    Area cover;
    /** For a region with an alert: the regions its alert covers, itself first. */
    final List<Area> covered = new ArrayList<>(1);
    /** Fresh votes per detection window and their expected levels, valid for one detector step. */
    long countStep = -1;
    int[] windowCounts = new int[0];
    /** For a country: all complaints and located complaints per minute, the recent reference rate. */
    final MinuteCounts allMinutes;
    final MinuteCounts locatedMinutes;

    Area(int index, String code, String name, Area country, double populationShare, int maxVotes) {
        this.index = index;
        this.code = code;
        this.name = name;
        this.country = country;
        this.populationShare = populationShare;
        this.maxVotes = maxVotes;
        this.locatedCounts = country == null ? new double[24] : null;
        this.allMinutes = country == null ? new MinuteCounts(REFERENCE_MINUTES) : null;
        this.locatedMinutes = country == null ? new MinuteCounts(REFERENCE_MINUTES) : null;
    }

    /** True while an alert (its own or a neighbour's) covers this region. */
    boolean isCovered() {
        return cover != null && cover.active != null;
    }

    boolean isCountry() {
        return country == null;
    }

    /** Adds a vote, dropping (and learning from) the oldest when full. */
    void add(Vote vote, HourlyBaseline baseline) {
        if (votes.size() >= maxVotes) {
            learn(votes.removeFirst(), baseline);
        }
        votes.addLast(vote);
    }

    /** Drops votes older than the cutoff into the learned counts. */
    void evictBefore(long cutoff, HourlyBaseline baseline) {
        while (!votes.isEmpty() && votes.peekFirst().time < cutoff) {
            learn(votes.removeFirst(), baseline);
        }
    }

    boolean hasVotes() {
        return !votes.isEmpty();
    }

    /** Votes since a time; {@code fresh} counts only those not already behind an alert. */
    int countSince(long since, boolean fresh) {
        return walkSince(since, fresh, null);
    }

    /**
     * Fresh votes in each window ending at {@code now} ({@code windows} ascending), in one pass
     * over the votes: every test of a step reads them, for this area alone and in groups.
     */
    int[] freshCounts(long now, long[] windows) {
        if (windowCounts.length != windows.length) {
            windowCounts = new int[windows.length];
        }
        java.util.Arrays.fill(windowCounts, 0);
        long oldest = now - windows[windows.length - 1];
        Iterator<Vote> it = votes.descendingIterator();
        while (it.hasNext()) {
            Vote v = it.next();
            if (v.time < oldest) {
                break;
            }
            if (!v.alerted) {
                for (int w = windows.length - 1; w >= 0 && v.time >= now - windows[w]; w--) {
                    windowCounts[w]++;
                }
            }
        }
        return windowCounts;
    }

    /** Votes since a time not already behind an alert, oldest first. */
    List<Vote> freshVotesSince(long since) {
        return votesSince(since, true);
    }

    /** Votes since a time, oldest first; {@code fresh}: only those not already behind an alert. */
    List<Vote> votesSince(long since, boolean fresh) {
        List<Vote> out = new ArrayList<>();
        walkSince(since, fresh, out);
        Collections.reverse(out);
        return out;
    }

    /**
     * Walks the votes since a time, newest first, and counts them; adds them to {@code out} unless
     * it is null, so that counting alone allocates nothing (every step of detection counts).
     */
    private int walkSince(long since, boolean fresh, List<Vote> out) {
        int k = 0;
        Iterator<Vote> it = votes.descendingIterator();
        while (it.hasNext()) {
            Vote v = it.next();
            if (v.time < since) {
                break;
            }
            if (!fresh || !v.alerted) {
                k++;
                if (out != null) {
                    out.add(v);
                }
            }
        }
        return k;
    }

    /**
     * Learns the votes an alert kept out of the baseline, when it stood so long that its level is
     * the new normal. A region marks them learned, so eviction does not learn them again; a country
     * learns only unalerted votes on eviction, so these are not counted twice either.
     */
    void learnAlerted(HourlyBaseline baseline) {
        for (Vote v : votes) {
            if (isCountry() ? v.alerted : v.alerted && !v.learned) {
                baseline.learn(this, v);
                v.learned = v.learned || !isCountry();
            }
        }
    }

    private void learn(Vote vote, HourlyBaseline baseline) {
        if (isCountry()) {
            if (!vote.alerted) {
                baseline.learn(this, vote);
            }
        } else if (!vote.learned && (!vote.alerted || vote.lateInAlert)) {
            baseline.learn(this, vote);
            vote.learned = true;
        }
    }
}
