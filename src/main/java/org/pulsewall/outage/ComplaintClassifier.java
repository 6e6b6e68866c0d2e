package org.pulsewall.outage;

import org.pulsewall.enrich.BundledText;
import org.pulsewall.enrich.PhraseMatcher;
import org.pulsewall.enrich.SentimentLexicon;
import org.pulsewall.feed.Mention;

/**
 * Decides whether a mention is a complaint: it is in the outage topic (a phrase such as "geen
 * bereik", "kein Netz", "没信号") and not clearly positive ("storing verholpen, top!"), or it is
 * clearly negative and about service (names the network, signal, internet, customer service…).
 * Sentiment is the feed's where it sends one, else the lexicon's, computed only when needed.
 * Not ours: a complaint naming another operator and not ours ("Odido ligt eruit"), and an outage
 * phrase beside a weather word with no network or service word ("storm, de markt ligt plat").
 */
public final class ComplaintClassifier {
    private static final double POSITIVE = 0.5;

    private final PhraseMatcher<Boolean> outage;
    private final PhraseMatcher<Boolean> service;
    private final PhraseMatcher<Boolean> otherOperators;
    private final PhraseMatcher<Boolean> ownOperators;
    private final PhraseMatcher<Boolean> weather;
    private final SentimentLexicon lexicon;
    private final double negativeThreshold;

    public ComplaintClassifier(SentimentLexicon lexicon, double negativeThreshold) {
        this.lexicon = lexicon;
        this.negativeThreshold = negativeThreshold;
        this.outage = phrases("outage-phrases.txt");
        this.service = phrases("service-words.txt");
        this.otherOperators = phrases("other-operators.txt");
        this.ownOperators = phrases("own-operators.txt");
        this.weather = phrases("weather-words.txt");
    }

    public static ComplaintClassifier bundled() {
        return new ComplaintClassifier(SentimentLexicon.bundled(), -0.3);
    }

    public boolean isComplaint(Mention m) {
        String text = m.text();
        if (outage.containsAny(text)) {
            return (m.sentiment() == null || m.sentiment() < POSITIVE) && ours(text)
                    && (!weather.containsAny(text) || service.containsAny(text) || ownOperators.containsAny(text));
        }
        if (m.sentiment() != null && m.sentiment() > negativeThreshold) {
            return false;
        }
        if (!service.containsAny(text)) {
            return false;
        }
        double sentiment = m.sentiment() != null ? m.sentiment() : lexicon.score(text, m.lang());
        return sentiment <= negativeThreshold && ours(text);
    }

    /** Not about another operator only: a complaint about a competitor's network is not ours. */
    private boolean ours(String text) {
        return !otherOperators.containsAny(text) || ownOperators.containsAny(text);
    }

    private static PhraseMatcher<Boolean> phrases(String resource) {
        PhraseMatcher<Boolean> matcher = new PhraseMatcher<>();
        for (String line : BundledText.lines(ComplaintClassifier.class, resource)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                matcher.add(line.trim(), Boolean.TRUE);
            }
        }
        return matcher;
    }
}
