package org.pulsewall.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.NoiseConfig;
import org.pulsewall.feed.Mention;

class NoiseStageTest {
    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");
    private static final String VIRAL = "Monteur van KPN kwam vandaag langs, repareerde mijn internet en hielp mijn oma"
            + " met haar tablet. Held van de dag";
    private static final String CAMPAIGN = "Overstappen naar de concurrent was de beste beslissing ooit, KPN kan er echt"
            + " helemaal niks van #weggebijkpn";
    private int ids;

    private NoiseStage stage() {
        return new NoiseStage(new NoiseConfig(NoiseConfig.DEFAULT.hide(), true, List.of("@KPN_deals")),
                List.of("@KPNwebcare"));
    }

    private Mention m(String author, Instant time, String text) {
        return Mention.builder("m-" + ++ids, time, text).author(author).build();
    }

    private NoiseKind kind(NoiseStage stage, String author, Instant time, String text) {
        return stage.judge(m(author, time, text)).kind();
    }

    @Test
    void keepsTheViralPostAndMarksItsRetweetsAndPastedCopiesAsCopies() {
        NoiseStage stage = stage();
        assertThat(kind(stage, "@oma_fan", T, VIRAL)).isNull();
        NoiseVerdict rt = stage.judge(m("@piet", T.plusSeconds(60), "RT @oma_fan: " + VIRAL));
        assertThat(rt.kind()).isEqualTo(NoiseKind.COPY);
        assertThat(rt.reason()).contains("retweet of @oma_fan").contains("m-1");
        assertThat(kind(stage, "@kees", T.plusSeconds(3600), VIRAL + " 😂😂 dit!!")).isEqualTo(NoiseKind.COPY);
    }

    @Test
    void threeCustomersWritingTheSameShortComplaintOverADayAreSignal() {
        NoiseStage stage = stage();
        assertThat(kind(stage, "@jan", T, "Geen internet??")).isNull();
        assertThat(kind(stage, "@anna", T.plus(Duration.ofHours(3)), "Geen internet??")).isNull();
        assertThat(kind(stage, "@kees", T.plus(Duration.ofHours(7)), "geen internet")).isNull();
    }

    @Test
    void customersInOneOutageWritingShortlyWithinMinutesAreSignal() {
        NoiseStage stage = stage();
        for (int i = 0; i < 20; i++) {
            assertThat(kind(stage, "@klant" + i, T.plusSeconds(20L * i), "Storing in Den Burg?")).isNull();
        }
    }

    @Test
    void webcareAnsweringEveryCustomerWithOneTemplateStaysSignal() {
        NoiseStage stage = stage();
        for (int i = 0; i < 10; i++) {
            assertThat(kind(stage, "@kpnwebcare", T.plusSeconds(i), "Vervelend dat je internet het niet doet! Stuur je "
                    + "ons een DM met je postcode? Kijk ook op https://www.kpn.com/storingen ^Lisa")).isNull();
        }
    }

    @Test
    void marksManyAccountsPostingOneCampaignWithinMinutesAsBotsWithoutAuthorMetadata() {
        NoiseStage stage = stage();
        int bots = 0;
        for (int i = 0; i < 40; i++) {
            bots += kind(stage, "@user" + (10_000_000 + i), T.plusSeconds(5L * i), CAMPAIGN + (i % 2 == 0 ? " 👎" : " #nl"))
                    == NoiseKind.BOT ? 1 : 0;
        }
        assertThat(bots).isGreaterThanOrEqualTo(40 - NoiseStage.FLOOD_AUTHORS + 1);
    }

    @Test
    void usesFollowersAndAccountAgeWhenTheFeedSendsThem() {
        NoiseStage stage = stage();
        for (int i = 0; i < 5; i++) {
            Mention established = m("@fan" + i, T.plusSeconds(i), CAMPAIGN).toBuilder().followers(800)
                    .accountCreated(T.minus(Duration.ofDays(2000))).build();
            assertThat(stage.judge(established).kind()).isNotEqualTo(NoiseKind.BOT);
        }
        Mention fresh = m("@new1", T.plusSeconds(10), CAMPAIGN).toBuilder().followers(0)
                .accountCreated(T.minus(Duration.ofDays(2))).build();
        NoiseVerdict v = stage.judge(fresh);
        assertThat(v.kind()).isEqualTo(NoiseKind.BOT);
        assertThat(v.reason()).contains("0 followers").contains("2 days old");
    }

    @Test
    void tellsGiveawaysJobAdsPhishingAndSpamInThreeLanguages() {
        NoiseStage stage = stage();
        assertThat(kind(stage, "@techdeals", T, "WIN een iPhone! tag 3 vrienden")).isEqualTo(NoiseKind.GIVEAWAY);
        assertThat(kind(stage, "@jan", T, "@techdeals ik doe mee! @anna @piet @kees")).isEqualTo(NoiseKind.GIVEAWAY);
        assertThat(kind(stage, "@jobs", T, "Stellenangebot: Servicetechniker (m/w/d) in Köln")).isEqualTo(NoiseKind.JOB);
        assertThat(kind(stage, "@jobs", T, "Vacature: monteur glasvezel in Utrecht")).isEqualTo(NoiseKind.JOB);
        assertThat(kind(stage, "@x", T, "Uw account is geblokkeerd, log in via https://kpn-veilig.xyz/a"))
                .isEqualTo(NoiseKind.SCAM);
        assertThat(kind(stage, "@x", T, "Your account has been suspended. Verify your account at bit.ly/abc"))
                .isEqualTo(NoiseKind.SCAM);
        assertThat(kind(stage, "@x", T, "🔥 iPhone voor €99!! Alleen vandaag: bit.ly/3xYz12 #deal")).isEqualTo(NoiseKind.SPAM);
        assertThat(kind(stage, "@KPN_Deals", T, "Nu glasvezel met 3 maanden korting")).isEqualTo(NoiseKind.AD);
    }

    @Test
    void keepsCustomersWhoAskAboutPhishingOrShareANewsLink() {
        NoiseStage stage = stage();
        assertThat(kind(stage, "@jan", T, "Kreeg een sms 'uw account is geblokkeerd, log in via' een link. Is dit echt van jullie?"))
                .isNull();
        assertThat(kind(stage, "@jan", T, "Mijn account is geblokkeerd en ik kan niet inloggen, wat nu?")).isNull();
        assertThat(kind(stage, "@anna", T, "Storing bij KPN in Zwolle, monteurs onderweg https://nos.nl/artikel/123")).isNull();
        assertThat(kind(stage, "@kees", T, "Die korting van 5 euro is een grap, ik betaal nog steeds 60 per maand")).isNull();
    }

    @Test
    void marksOnlyTheKindsTheWallHidesAsHidden() {
        NoiseStage stage = new NoiseStage(new NoiseConfig(Set.of("spam"), false, List.of()), List.of());
        Mention spam = stage.apply(m("@x", T, "Get followers cheap now bit.ly/abc #a #b #c"));
        Mention giveaway = stage.apply(m("@y", T, "WIN een iPhone! tag 3 vrienden"));
        Mention signal = stage.apply(m("@z", T, "Geen bereik in Den Burg"));
        assertThat(spam.noise()).isEqualTo("spam");
        assertThat(spam.hiddenNoise()).isTrue();
        assertThat(giveaway.noise()).isEqualTo("giveaway");
        assertThat(giveaway.hiddenNoise()).isFalse();
        assertThat(signal.noise()).isNull();
        assertThat(signal.noiseReason()).isNull();
    }

    @Test
    void forgetsOldGroupsSoMemoryStaysBounded() {
        NearDuplicates groups = new NearDuplicates(1_000, Duration.ofHours(1).toMillis());
        for (int i = 0; i < 20_000; i++) {
            String[] words = {"tekst", "nummer", String.valueOf(i), "van", "klant" + i};
            groups.add(words, words.length, i, "m-" + i, T.toEpochMilli() + i);
        }
        assertThat(groups.groups()).isLessThanOrEqualTo(1_000);
        String[] late = {"laat"};
        groups.add(late, 1, 1, "late", T.plus(Duration.ofHours(3)).toEpochMilli());
        assertThat(groups.groups()).isEqualTo(1);
    }

    @Test
    void forgetsTheGroupSeenLeastRecentlyWhenFull() {
        NearDuplicates groups = new NearDuplicates(2, Duration.ofHours(1).toMillis());
        String[] a = {"storing", "in", "den", "burg"};
        String[] b = {"factuur", "twee", "keer", "betaald"};
        String[] c = {"monteur", "komt", "niet", "opdagen"};
        long t = T.toEpochMilli();
        groups.add(a, a.length, 1, "a", t);
        groups.add(b, b.length, 2, "b", t + 1);
        groups.add(a, a.length, 3, "a2", t + 2); // a is now seen more recently than b
        groups.add(c, c.length, 4, "c", t + 3);
        assertThat(groups.groups()).isEqualTo(2);
        assertThat(groups.add(a, a.length, 5, "a3", t + 4).first()).isFalse();
        assertThat(groups.add(b, b.length, 6, "b2", t + 5).first()).isTrue();
    }

    @Test
    void kindsOfTheConfigAreTheKindsOfTheStage() {
        assertThat(NoiseConfig.KINDS).containsExactly(java.util.Arrays.stream(NoiseKind.values()).map(NoiseKind::key)
                .toArray(String[]::new));
    }
}
