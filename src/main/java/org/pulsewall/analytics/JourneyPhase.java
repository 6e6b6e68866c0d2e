package org.pulsewall.analytics;

import java.util.List;

/**
 * The phases of the customer journey, in the order a customer goes through them, each with a
 * default topic query (nl, de, en and zh keywords) that a playlist item may replace by a parameter
 * named after {@link #key()}.
 */
public enum JourneyPhase {
    ORIENTATION("orientation", "Orientation",
            "aanbieding OR vergelijken OR overstappen OR abonnement* OR Angebot OR Tarif* OR vergleichen OR offer "
                    + "OR deal OR plan OR compare OR 套餐 OR 优惠"),
    PURCHASE("purchase", "Purchase",
            "bestelling OR besteld OR bestellen OR gekocht OR kopen OR bestellt OR gekauft OR Bestellung OR order* "
                    + "OR bought OR signed OR switched OR 购买 OR 订购"),
    DELIVERY("delivery", "Delivery & installation",
            "levering OR geleverd OR monteur OR installatie OR aansluiting OR Lieferung OR Techniker OR "
                    + "Installation OR delivery OR delivered OR installation OR installer OR engineer OR 安装 OR 送货"),
    USAGE("usage", "Usage",
            "snel OR traag OR wifi OR tv-box OR streamen OR schnell OR langsam OR WLAN OR fast OR slow OR speed OR "
                    + "streaming OR roaming OR 网速 OR 很稳定 OR 卡"),
    BILLING("billing", "Billing",
            "factuur OR rekening OR afgeschreven OR betaling OR Rechnung OR abgebucht OR Zahlung OR bill OR "
                    + "billing OR invoice OR charged OR 账单 OR 扣费"),
    SERVICE("service", "Service & outages",
            "storing OR \"geen bereik\" OR \"geen internet\" OR webcare OR klantenservice OR Störung OR \"kein Netz\" "
                    + "OR Hotline OR outage OR \"no signal\" OR support OR helpdesk OR 断网 OR 没信号 OR 客服"),
    LEAVING("leaving", "Leaving",
            "opzeggen OR opgezegd OR vertrek OR weg OR kündigen OR gekündigt OR Wechsel OR cancel OR cancelled OR "
                    + "leaving OR 退订 OR 换运营商");

    /** Which phase wins when a mention matches several: the rarer, more telling phases first. */
    public static final List<JourneyPhase> PRIORITY = List.of(LEAVING, BILLING, SERVICE, DELIVERY, PURCHASE,
            ORIENTATION, USAGE);

    private final String key;
    private final String label;
    private final String defaultQuery;

    JourneyPhase(String key, String label, String defaultQuery) {
        this.key = key;
        this.label = label;
        this.defaultQuery = defaultQuery;
    }

    /** The playlist item parameter that replaces this phase's query. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String defaultQuery() {
        return defaultQuery;
    }
}
