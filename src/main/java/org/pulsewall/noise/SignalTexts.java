package org.pulsewall.noise;

import java.util.Random;

/**
 * What customers write about a telecom operator, in nl, en and de, composed from many openers,
 * cores and tails with slots, casing and typos, so that no two customers write alike by accident;
 * and what the operator's webcare answers. Made-up text for the labelled days (original).
 */
public final class SignalTexts {
    public static final String[] PLACES = {"Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen",
        "Zwolle", "Texel", "Den Burg", "Haarlem", "Leiden", "Breda", "Nijmegen", "Arnhem", "Maastricht", "Tilburg",
        "Almere", "Enschede", "Delft", "Amersfoort", "Apeldoorn", "Leeuwarden", "Assen", "Middelburg", "Vlieland"};
    public static final String[] PLACES_DE = {"Köln", "Berlin", "Hamburg", "München", "Düsseldorf", "Aachen", "Essen",
        "Bonn", "Münster", "Leipzig", "Dresden", "Bremen"};

    private static final String[][] NL = {
        // openers
        {"", "", "", "Hé @kpn, ", "@kpn ", "@KPNwebcare ", "Serieus, ", "Alweer: ", "Pff. ", "Vraagje: ", "Hoi, ",
            "Goedemorgen, ", "Help! ", "Nou nou. ", "Zo jammer, ", "Eerlijk is eerlijk: "},
        // complaints
        {"al {n} uur geen internet in {place}", "weer een storing in {place}, ook iemand anders?",
            "mijn {service} doet het al sinds {time} niet meer", "geen bereik in {place} sinds vanochtend",
            "ik betaal {price} euro per maand voor {service} dat nooit werkt", "de {service} valt steeds weg bij ons in {place}",
            "wifi is zo traag dat ik niet kan thuiswerken", "al {n} keer gebeld en nog steeds geen monteur gezien",
            "factuur klopt weer niet, {price} euro te veel afgeschreven", "wachttijd klantenservice {n} minuten, belachelijk",
            "sinds de update van de modem valt {service} om de {n} minuten weg", "geen 4G in de trein richting {place}",
            "monteur zou tussen {time} en {time2} komen maar niemand gezien", "de app geeft een foutmelding bij het inloggen",
            "glasvezel aangesloten maar de {service} doet het nog steeds niet", "storing in {place}? mijn modem knippert rood",
            "al {n} dagen zonder vaste telefoon, mijn moeder van {age} kan niemand bellen", "tv beeld hapert de hele avond",
            "internet in {place} ligt er weer uit", "bellen lukt niet, alleen maar ruis op de lijn"},
        // questions
        {"hoe zeg ik mijn abonnement op?", "wanneer is de storing in {place} opgelost?",
            "kan ik mijn {service} meenemen naar mijn nieuwe adres in {place}?", "waarom is mijn rekening ineens {price} euro?",
            "hoe reset ik de modem, lampje blijft oranje", "is er een storing bij {place} of ligt het aan mij?",
            "klopt het dat de prijs per {month} omhoog gaat?", "werkt eSIM ook op een {phone}?",
            "hoe lang duurt het voordat glasvezel in {place} wordt aangelegd?", "kan iemand mij helpen met het overzetten van mijn nummer?"},
        // praise
        {"top geholpen door de monteur vandaag, binnen {n} minuten klaar", "eindelijk snel internet in {place}, chapeau",
            "klantenservice was super vriendelijk en heeft alles opgelost", "de nieuwe modem doet wonderen, {speed} Mbit",
            "complimenten aan de webcare, binnen {n} minuten antwoord", "storing snel verholpen, dank jullie wel",
            "al {n} jaar klant en nog nooit problemen gehad", "4G op {place} werkt prima, zelfs op het strand"},
        // tails
        {"", "", "", "", " 😡", " 🙄", " 👍", " !!!", "?", " #storing", " #kpn", " Groetjes", " Dank!", " 😤😤",
            " Graag snel reactie.", " Wat is hier aan de hand?", " Ik word er gek van.", " Top!", " 🙏", " ... "}};

    private static final String[][] EN = {
        {"", "", "", "Hey @kpn ", "@kpn ", "Seriously, ", "Again: ", "Quick question: ", "Ugh. ", "Hi, ", "Honestly, "},
        {"no internet in {place} for {n} hours now", "another outage in {place}, anyone else?",
            "my {service} stopped working at {time}", "no signal in {place} since this morning",
            "paying {price} a month for {service} that never works", "wifi is so slow I can't work from home",
            "called {n} times and still no engineer", "bill is wrong again, charged {price} too much",
            "waited {n} minutes on hold, ridiculous", "the app keeps crashing when I log in",
            "roaming doesn't work even though I paid for it", "mobile data dropping every {n} minutes near {place}"},
        {"how do I cancel my contract?", "when will the outage in {place} be fixed?", "is there an outage in {place} or is it just me?",
            "does eSIM work on a {phone}?", "can I keep my number when I move to {place}?", "why did my bill go up to {price}?"},
        {"great help from the engineer today, done in {n} minutes", "finally fast internet in {place}, well done",
            "customer service sorted everything in one call", "new router is amazing, {speed} Mbps",
            "kudos to the support team, answered within {n} minutes"},
        {"", "", "", " 😡", " 🙄", " 👍", "!!", "?", " #fail", " thanks!", " Please fix this.", " 🙏"}};

    private static final String[][] DE = {
        {"", "", "", "Hallo @kpn, ", "@kpn ", "Ernsthaft, ", "Schon wieder: ", "Kurze Frage: ", "Hallo, "},
        {"seit {n} Stunden kein Internet in {place}", "schon wieder eine Störung in {place}, noch jemand?",
            "mein {service} geht seit {time} nicht mehr", "kein Netz in {place} seit heute morgen",
            "ich zahle {price} Euro im Monat für nichts", "WLAN so langsam, dass ich nicht arbeiten kann",
            "{n} Mal angerufen und immer noch kein Techniker", "Rechnung stimmt schon wieder nicht",
            "{n} Minuten in der Warteschleife, lächerlich", "die App stürzt beim Anmelden ab"},
        {"wie kündige ich meinen Vertrag?", "wann ist die Störung in {place} behoben?",
            "gibt es eine Störung in {place} oder liegt es an mir?", "funktioniert eSIM auf einem {phone}?"},
        {"super Hilfe vom Techniker heute, in {n} Minuten fertig", "endlich schnelles Internet in {place}, danke",
            "Kundenservice hat alles in einem Anruf gelöst", "neuer Router ist top, {speed} Mbit"},
        {"", "", "", " 😡", " 🙄", " 👍", "!!", "?", " #störung", " Danke!", " Bitte schnell beheben."}};

    /** Clauses customers add in their own words: why it matters, since when, what they tried. */
    private static final String[] EXTRAS_NL = {"sinds gisteren", "en niemand neemt op", "ik moet morgen gewoon werken",
        "dit is de derde keer deze maand", "de kinderen zitten zonder netflix", "modem al {n} keer herstart",
        "buren hebben het ook", "ik heb een thuiswerkdag", "mijn zoon heeft morgen een online tentamen",
        "en de app zegt dat alles werkt", "heb al een ticket aangemaakt", "zit hier met een baby van {n} maanden",
        "ben al {n} jaar klant", "overweeg echt over te stappen", "en de chat is ook offline",
        "storingspagina zegt niks", "stekker er al uit en weer in gedaan", "vanaf {time} is het mis",
        "ik woon in de {street}", "hele straat zit zonder", "voor de {n}e keer dit jaar", "mijn oma belt me er al over",
        "de monteur was er gisteren nog", "wachten op de klantenservice duurt eindeloos", "kan niet eens pinnen in de winkel"};
    private static final String[] EXTRAS_EN = {"since yesterday", "and nobody picks up", "I have to work tomorrow",
        "third time this month", "kids are without netflix", "restarted the router {n} times", "neighbours too",
        "and the app says everything is fine", "already opened a ticket", "customer for {n} years",
        "thinking about switching", "the status page says nothing", "started at {time}", "whole street is down"};
    private static final String[] EXTRAS_DE = {"seit gestern", "und niemand geht ran", "ich muss morgen arbeiten",
        "schon das dritte Mal diesen Monat", "Router {n} Mal neu gestartet", "Nachbarn auch",
        "und die App sagt alles ok", "Ticket schon aufgemacht", "seit {n} Jahren Kunde", "überlege zu wechseln",
        "seit {time} geht nichts", "die ganze Straße ist betroffen"};
    private static final String[] STREETS = {"Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg", "Schoolstraat",
        "Julianalaan", "Beatrixstraat", "Parallelweg", "Hoofdstraat", "Nieuwstraat"};
    private static final String[] JOINS = {", ", ". ", " - ", "... ", "! ", " + "};
    private static final String[] SERVICES_NL = {"internet", "tv", "wifi", "mobiel internet", "vaste lijn", "glasvezel", "modem"};
    private static final String[] SERVICES_EN = {"internet", "tv", "wifi", "mobile data", "landline", "fibre", "router"};
    private static final String[] SERVICES_DE = {"Internet", "Fernsehen", "WLAN", "Handy", "Festnetz", "Router"};
    private static final String[] PHONES = {"iPhone 13", "Pixel 7", "Galaxy S22", "Fairphone 5", "iPhone SE"};
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "juli", "1 januari"};

    /** Everyday things with a link: news about an outage, a screenshot, a speed test (signal all the same). */
    private static final String[] WITH_LINK = {
        "Storing bij KPN in {place}, monteurs onderweg https://nos.nl/artikel/{id}",
        "Kijk dan, {speed} Mbit terwijl ik 1000 betaal https://www.speedtest.net/result/{id}",
        "Screenshot van de foutmelding in de app pic.twitter.com/{code}",
        "Outage map shows {place} all red https://downdetector.nl/storing/kpn/",
        "Heel {place} zonder internet volgens https://www.rtvnoord.nl/nieuws/{id}",
        "Störung in {place} laut https://www.heise.de/news/{id}.html",
        "Zo ziet mijn modem er uit, alle lampjes rood https://t.co/{code}"};

    /** Customers who got a phishing message or saw an offer and ask about it: signal, though the words look like noise. */
    private static final String[] LOOKS_LIKE_NOISE = {
        "Kreeg net een sms 'uw account is geblokkeerd, log in via' een rare link. Is dit echt van jullie @kpn?",
        "Pas op, nep mail namens KPN: 'bevestig uw gegevens'. Niet klikken!",
        "Got a text saying my account has been suspended, is this real @kpn? Looks like phishing",
        "Achtung, Betrug: SMS 'Ihr Konto wurde gesperrt' kommt nicht von KPN",
        "Die korting van 5 euro is een grap, ik betaal nog steeds {price} per maand",
        "Geen idee wat die actie inhoudt maar mijn internet is nog steeds traag",
        "Mijn account is geblokkeerd en ik kan niet inloggen in de app, wat nu?",
        "Gratis upgrade gekregen naar {speed} Mbit, top!",
        "Hoe lang duurt een sollicitatie bij jullie eigenlijk? Al {n} weken niks gehoord",
        "Heb de winactie gemist maar wil vooral dat mijn internet het weer doet",
        "My account is blocked after I changed my password, can someone help?"};

    /** Webcare's templated answers (moderation.ownHandles): repeated to every customer, and signal. */
    private static final String[] WEBCARE = {
        "{to} Vervelend dat je internet het niet doet! Stuur je ons een DM met je postcode? ^{agent}",
        "{to} Wat balen! Er is een storing in {place}, onze monteurs zijn bezig. ^{agent}",
        "{to} Dank voor je compliment, we geven het door aan de monteur! ^{agent}",
        "{to} Sorry for the trouble! Please send us a DM with your customer number. ^{agent}",
        "{to} Er is een storing in {place}. Kijk voor de actuele status op https://www.kpn.com/storingen ^{agent}",
        "{to} Das tut uns leid! Schick uns bitte eine DM mit deiner Kundennummer. ^{agent}"};
    private static final String[] AGENTS = {"Lisa", "Mark", "Sanne", "Ahmed", "Joost", "Fatima", "Eva", "Tim"};

    private SignalTexts() {
    }

    /** One customer's mention in {@code lang}; {@code place} is where the customer is. */
    public static String customer(Random r, String lang, String place) {
        double kind = r.nextDouble();
        String[][] t = lang.equals("en") ? EN : lang.equals("de") ? DE : NL;
        double intent = r.nextDouble();
        String[] cores = kind < 0.04 ? WITH_LINK : kind < 0.07 ? LOOKS_LIKE_NOISE
                : intent < 0.6 ? t[1] : intent < 0.82 ? t[2] : t[3];
        String core = OwnWords.of(r, fill(r, pick(r, cores), place, lang));
        String[] extras = lang.equals("en") ? EXTRAS_EN : lang.equals("de") ? EXTRAS_DE : EXTRAS_NL;
        for (int i = r.nextInt(3); i > 0; i--) {
            String extra = OwnWords.of(r, fill(r, pick(r, extras), place, lang));
            core = r.nextDouble() < 0.25 ? capital(extra) + pick(r, JOINS) + core : core + pick(r, JOINS) + extra;
        }
        String opener = pick(r, t[0]);
        String text = opener + (opener.isEmpty() || opener.endsWith(": ") || opener.endsWith(". ") ? capital(core) : core)
                + pick(r, t[4]);
        if (r.nextDouble() < 0.3) {
            text = text + pick(r, t[4]);
        }
        return style(r, text);
    }

    public static String webcare(Random r, String to, String place) {
        return pick(r, WEBCARE).replace("{to}", to).replace("{agent}", pick(r, AGENTS)).replace("{place}", place);
    }

    public static String fill(Random r, String template, String place, String lang) {
        String[] services = lang.equals("en") ? SERVICES_EN : lang.equals("de") ? SERVICES_DE : SERVICES_NL;
        int hour = 6 + r.nextInt(16);
        return template.replace("{place}", place).replace("{n}", String.valueOf(2 + r.nextInt(40)))
                .replace("{service}", pick(r, services)).replace("{price}", String.valueOf(25 + r.nextInt(80)))
                .replace("{time2}", (hour + 4) + ":00").replace("{time}", hour + ":" + (r.nextBoolean() ? "00" : "30"))
                .replace("{phone}", pick(r, PHONES)).replace("{street}", pick(r, STREETS)).replace("{month}", pick(r, MONTHS))
                .replace("{speed}", String.valueOf(10 + r.nextInt(990))).replace("{age}", String.valueOf(70 + r.nextInt(25)))
                .replace("{id}", String.valueOf(100_000 + r.nextInt(900_000))).replace("{code}", code(r, 10));
    }

    /** How people type: some all lower case, some shouting, the odd swapped letter. */
    public static String style(Random r, String text) {
        double s = r.nextDouble();
        String out = s < 0.2 ? text.toLowerCase(java.util.Locale.ROOT) : s < 0.23 ? text.toUpperCase(java.util.Locale.ROOT) : text;
        if (r.nextDouble() < 0.15 && out.length() > 12) {
            int i = 3 + r.nextInt(out.length() - 6);
            if (Character.isLetter(out.charAt(i)) && Character.isLetter(out.charAt(i + 1))) {
                out = out.substring(0, i) + out.charAt(i + 1) + out.charAt(i) + out.substring(i + 2);
            }
        }
        return out;
    }

    public static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static String code(Random r, int length) {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    public static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
