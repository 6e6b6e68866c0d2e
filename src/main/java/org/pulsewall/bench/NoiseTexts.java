package org.pulsewall.bench;

import static org.pulsewall.noise.SignalTexts.code;
import static org.pulsewall.noise.SignalTexts.pick;

import java.util.Random;
import org.pulsewall.noise.SignalTexts;

/**
 * Noise in the shapes it takes on a telecom operator's mentions, in nl, en and de: spam with
 * shortener links, bot campaigns, the operator's own ads, giveaways and the replies to them, job
 * ads, phishing, and viral posts that get retweeted and copied. Made-up text for the labelled days.
 */
final class NoiseTexts {
    private static final String[] SHORT_HOSTS = {"bit.ly", "tinyurl.com", "cutt.ly", "is.gd", "ow.ly", "rb.gy",
        "shorturl.at", "goo.gl", "buff.ly", "t.ly"};
    private static final String[] SPAM = {
        "🔥 iPhone 15 voor maar €{n}!! Alleen vandaag: {short} #deal",
        "Nu met korting: Samsung Galaxy voor €{n} 👉 {short}",
        "Verdien €{n} per dag vanuit huis! Klik hier: {short}",
        "Get 10k followers fast and cheap 👉 {short} #followers #growth #instagram",
        "Buy followers now, best price guaranteed {short}",
        "💰 Double your bitcoin in 24h! {short} #crypto #btc #money",
        "Make money from home, {n} dollars a day, no experience {short}",
        "Jetzt bestellen: AirPods für nur {n}€ 🎧 {short}",
        "Gutscheincode KPN50 gibt 50% Rabatt: {short}",
        "Goedkoopste sim only van Nederland! Bestel nu via https://simdeals-{code}.shop",
        "Gratis verzending op alle telefoonhoesjes, gebruik code KPN10 op https://hoesjes-{code}.nl",
        "🔥 SALE 🔥 opladers vanaf €{n} {short} #kpn #vodafone #odido #deal",
        "Crypto signals 90% win rate, join now {short}",
        "Limited time offer: unlimited data €{n}/month, order now {short}",
        "Bestel nu je nieuwe router met {n}% korting {short} #aanbieding"};
    private static final String[] SCAM = {
        "Beste klant, uw account is geblokkeerd wegens ongebruikelijke activiteit. Log in via {link} om het te herstellen.",
        "KPN: u heeft een openstaande factuur van €{n}. Betaal binnen 24 uur via {link}",
        "{to} Hoi! Wij helpen je graag, vul je gegevens in via {link} dan krijg je je teruggave.",
        "Your account has been suspended. Verify your account at {link}",
        "{to} We are sorry for the trouble! Claim your refund of ${n} here: {link}",
        "Ihr Konto wurde gesperrt. Bestätigen Sie Ihre Daten unter {link}",
        "KPN Kundenservice: offene Rechnung €{n}, bitte innerhalb von 24 Stunden anmelden unter {link}",
        "Verifieer uw account binnen 24 uur via {link} anders wordt het opgeheven",
        "Uw pakket kon niet worden bezorgd, bevestig uw gegevens: {link}"};
    private static final String[] SCAM_HOSTS = {"kpn-veilig-inloggen.xyz", "mijn-kpn-support.com", "kpn-refund.help",
        "secure-kpn-login.net", "kpnklantenservice.top"};
    private static final String[] GIVEAWAY = {
        "WIN een iPhone 15! 🎁 Volg ons, like dit bericht en tag 3 vrienden #winactie",
        "🎉 GIVEAWAY 🎉 Maak kans op een PlayStation 5! RT en volg @{brand} #giveaway",
        "Win een jaar gratis internet! Deel dit bericht en tag een vriend 👇",
        "GEWINNSPIEL: Gewinne ein iPad! Folge uns und markiere 2 Freunde 🎁",
        "Retweet to win a Galaxy S24! Follow @{brand} and tag 3 friends #giveaway"};
    private static final String[] GIVEAWAY_REPLY = {
        "Ik doe mee! {h} {h} {h}", "doe mee 🙏 {h} {h} {h} #winactie", "Count me in! {h} {h} {h}",
        "Bin dabei! {h} {h}  {h}", "{h} {h} {h} ik doe mee!!", "Mitmachen! {h} {h} {h} #gewinnspiel",
        "I'm in 🤞 {h} {h} {h}"};
    private static final String[] JOB = {
        "Vacature: Monteur glasvezel (40 uur) in {place}. Solliciteer via https://werkenbij.example.nl/{n} #vacature",
        "Wij zoeken een servicemedewerker klantenservice in {place}! Kom jij ons team versterken? {short}",
        "We're hiring! Network engineer in {place}, apply now: https://jobs.example.com/{n}",
        "Stellenangebot: Servicetechniker (m/w/d) in {place}, jetzt bewerben: https://karriere.example.de/{n}",
        "Job alert: Field technician, full time, {place}. Apply: {short}",
        "Vacature storingsmonteur {place}, 32-40 uur, goed salaris. Meer info: https://vacatures.example.nl/{n}"};
    private static final String[] ADS = {
        "Nu bij KPN: Internet + TV voor €{n},95 per maand. Bekijk het aanbod op https://www.kpn.com/aanbod",
        "Sneller internet? Stap over op glasvezel en krijg de eerste 3 maanden korting 👉 https://www.kpn.com/glasvezel",
        "Nieuw: unlimited data voor het hele gezin. Ontdek het op https://www.kpn.com/mobiel",
        "Alleen deze week: de nieuwste iPhone met een abonnement vanaf €{n}. https://www.kpn.com/iphone",
        "Kijk het EK met TV+ van KPN, nu 2 maanden gratis!",
        "Onze nieuwe Box 14 is er. Sneller wifi in elke kamer."};
    /** Bot campaigns: long, pushing one message, many accounts. */
    private static final String[] CAMPAIGNS = {
        "Overstappen naar @ziggo was de beste beslissing ooit, KPN kan er echt helemaal niks van #weggebijkpn",
        "KPN verhoogt de prijzen weer terwijl het netwerk elke week plat ligt, teken de petitie nu #kpnschandaal",
        "Switched from KPN to a better provider and never looked back, their network is a joke #byekpn",
        "Seit ich zu einem anderen Anbieter gewechselt bin läuft alles, KPN ist einfach nur schlecht #kpnfail",
        "Waarom zou je nog bij KPN blijven als je bij de concurrent de helft betaalt voor sneller internet #overstappen",
        "De klantenservice van KPN is de slechtste van Nederland en iedereen weet het allang #kpnfail"};
    private static final String[] CAMPAIGN_TAILS = {"", "", " 👎", " 😡", " !!", " #nl", " #telecom", " 🙄🙄", " echt"};
    /** Viral posts: long, funny or angry, by one customer; the wave of retweets and copies follows. */
    private static final String[] VIRAL = {
        "Monteur van KPN kwam vandaag langs, repareerde mijn internet én hielp mijn oma met haar tablet. Held van de dag",
        "Mijn internet viel uit precies op het moment dat ik de laatste penalty van de finale wilde zien, dank je KPN",
        "Called KPN support about my broken router and the guy stayed on the phone for an hour to fix it. Legend",
        "Der KPN Techniker hat heute nicht nur mein Internet repariert sondern auch noch den Hund ausgeführt",
        "Twintig jaar klant bij KPN en vandaag voor het eerst een storing, die duurde precies vier minuten. Respect",
        "Wie heeft er ook al drie dagen geen internet in Groningen en krijgt bij de klantenservice steeds iemand anders"};
    private static final String[] QUOTE_EDITS = {" 😂😂", " dit!!", " haha", " 100%", " 👏", " echt waar", " lol"};

    private NoiseTexts() {
    }

    static String spam(Random r) {
        return SignalTexts.style(r, fillLinks(r, pick(r, SPAM)));
    }

    static String scam(Random r, String to) {
        String link = "https://" + pick(r, SCAM_HOSTS) + "/" + code(r, 6);
        if (r.nextDouble() < 0.3) {
            link = short_(r);
        }
        return fillLinks(r, pick(r, SCAM)).replace("{link}", link).replace("{to}", to);
    }

    static String giveaway(Random r, String brand) {
        return pick(r, GIVEAWAY).replace("{brand}", brand.substring(1));
    }

    static String giveawayReply(Random r, String[] friends) {
        String text = pick(r, GIVEAWAY_REPLY);
        while (text.contains("{h}")) {
            text = text.replaceFirst("\\{h}", pick(r, friends));
        }
        return text;
    }

    static String job(Random r, String place) {
        return fillLinks(r, pick(r, JOB)).replace("{place}", place);
    }

    static String ad(Random r) {
        return fillLinks(r, pick(r, ADS));
    }

    static String campaign(int index) {
        return CAMPAIGNS[index % CAMPAIGNS.length];
    }

    /** One bot's take on a campaign: a tail added, sometimes a link. */
    static String botPost(Random r, String campaign, boolean withLink) {
        return campaign + pick(r, CAMPAIGN_TAILS) + (withLink ? " " + short_(r) : "");
    }

    static String viral(int index) {
        return VIRAL[index % VIRAL.length];
    }

    /** A copy of a viral post: a retweet, or the text pasted with a small edit. */
    static String copy(Random r, String text, String author) {
        return r.nextDouble() < 0.8 ? "RT " + author + ": " + text : text + pick(r, QUOTE_EDITS);
    }

    private static String fillLinks(Random r, String template) {
        return template.replace("{short}", short_(r)).replace("{n}", String.valueOf(9 + r.nextInt(990)))
                .replace("{code}", code(r, 5));
    }

    private static String short_(Random r) {
        return (r.nextBoolean() ? "https://" : "") + pick(r, SHORT_HOSTS) + "/" + code(r, 7);
    }
}
