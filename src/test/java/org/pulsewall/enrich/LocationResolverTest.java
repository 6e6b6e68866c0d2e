package org.pulsewall.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.feed.GeoPoint;
import org.pulsewall.feed.Mention;

class LocationResolverTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static LocationResolver resolver;

    @BeforeAll
    static void operatorFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pc4.csv"), "postcode,lat,lon,place,municipality\n"
                + "1791,53.0540,4.7970,Den Burg,Texel\n"
                + "5611,51.4380,5.4780,Eindhoven,\n"
                + "8011,52.5120,6.0930,Zwolle,Zwolle\n");
        Files.writeString(dir.resolve("handles.csv"), "handle,postcode,lat,lon\n"
                + "@zwolse_klant,8011\n"
                + "utrechter,,52.0907,5.1214\n");
        resolver = LocationResolver.fromConfig(Map.of("postcodes", "pc4.csv", "handles", "handles.csv"), dir, GAZETTEER);
    }

    private static Mention.Builder mention(String text) {
        return Mention.builder("m-1", Instant.parse("2026-11-23T10:15:00Z"), text);
    }

    @Test
    void triesCoordinatesThenPostcodeThenHandleThenText() {
        Mention.Builder all = mention("Geen bereik in Den Burg").geo(new GeoPoint(51.44, 5.48)).postcode("8011")
                .author("@utrechter");
        assertThat(resolver.resolve(all.build())).get()
                .extracting(Location::regionCode, Location::how).containsExactly("GM0772", LocationSource.GEO);
        assertThat(resolver.resolve(all.geo(null).build())).get()
                .extracting(Location::regionCode, Location::how).containsExactly("GM0193", LocationSource.POSTCODE);
        assertThat(resolver.resolve(all.postcode(null).build())).get()
                .extracting(Location::regionCode, Location::how).containsExactly("GM0344", LocationSource.HANDLE);
        assertThat(resolver.resolve(all.author("@stranger").build())).get()
                .extracting(Location::regionCode, Location::how).containsExactly("GM0448", LocationSource.TEXT);
    }

    @Test
    void resolvesTexelVillagesAndTheMunicipalityNameToTexel() {
        for (String text : new String[] {"Geen bereik in Den Burg", "storing de koog", "Oudeschild: geen signaal",
            "Mast op Texel plat?"}) {
            Optional<Location> location = resolver.resolve(mention(text).build());
            assertThat(location).as(text).get().extracting(Location::regionCode, Location::regionName, Location::country)
                    .containsExactly("GM0448", "Texel", "NL");
        }
    }

    @Test
    void resolvesAHandleWithOnlyAPostcodeThroughThePostcodeTable() {
        assertThat(resolver.resolve(mention("niks").author("ZWOLSE_KLANT").build())).get()
                .extracting(Location::regionName, Location::how).containsExactly("Zwolle", LocationSource.HANDLE);
    }

    @Test
    void looksUpAFullDutchPostcodeByItsFourDigitsAndNeverExposesIt() {
        Location location = resolver.resolve(mention("x").postcode("1791 AB").build()).orElseThrow();
        assertThat(location.regionCode()).isEqualTo("GM0448");
        String[] componentValues = Arrays.stream(Location.class.getRecordComponents())
                .map(c -> value(c, location)).toArray(String[]::new);
        assertThat(componentValues).noneMatch(v -> v.contains("1791"));
        assertThat(Arrays.stream(Location.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name -> name.toLowerCase().contains("postcode"));
    }

    @Test
    void snapsAHandlesCoordinatesToTheNearestPlaceSoTheAddressStaysPrivate() {
        Location location = resolver.resolve(mention("niks").author("@utrechter").build()).orElseThrow();
        Place utrecht = GAZETTEER.placeNamed("Utrecht").orElseThrow();
        assertThat(location.lat()).isEqualTo(utrecht.lat());
        assertThat(location.lon()).isEqualTo(utrecht.lon());
    }

    @Test
    void postcodeWithoutMunicipalityTakesTheNearestPlacesRegion() {
        assertThat(resolver.resolve(mention("x").postcode("5611").build())).get()
                .extracting(Location::regionName).isEqualTo("Eindhoven");
    }

    @Test
    void readsAPostcodeTableWhoseHeaderOrdersColumnsDifferently(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pc.csv"), "pc4,lat,lon,inwoners,plaats,gemeente,provincie\n"
                + "1795,53.10,4.77,1200,\"De Koog\",\"Texel\",\"Noord-Holland\"\n");
        PostcodeTable table = PostcodeTable.load(dir.resolve("pc.csv"), GAZETTEER);
        assertThat(table.lookup("1795")).get().extracting(Location::regionCode).isEqualTo("GM0448");
    }

    @Test
    void placeNamesThatAreCommonWordsNeedACapitalAndALocativePreposition() {
        assertThat(resolver.resolve(mention("Best service ever, thanks").build())).isEmpty();
        assertThat(resolver.resolve(mention("dit is de best denkbare storing").build())).isEmpty();
        assertThat(resolver.resolve(mention("Storing in Best sinds vanochtend").build())).get()
                .extracting(Location::regionName).isEqualTo("Best");
    }

    @Test
    void shortPlaceNamesNeedACapital() {
        assertThat(resolver.resolve(mention("ede").build())).isEmpty();
        assertThat(resolver.resolve(mention("Storing Ede").build())).get().extracting(Location::regionName).isEqualTo("Ede");
    }

    @Test
    void prefersTheLongestPlaceName() {
        assertThat(PlaceFinderHolder.FINDER.find("Geen bereik Den Burg")).get().extracting(Place::name).isEqualTo("Den Burg");
    }

    @Test
    void resolvesRegionsAbroadToAdminOne() {
        assertThat(resolver.resolve(mention("Kein Netz in Berlin").build())).get()
                .extracting(Location::regionCode, Location::country).containsExactly("DE-BE", "DE");
        assertThat(resolver.resolve(mention("x").geo(new GeoPoint(48.14, 11.58)).build())).get()
                .extracting(Location::regionCode).isEqualTo("DE-BY");
        assertThat(resolver.resolve(mention("x").geo(new GeoPoint(51.22, 4.40)).build())).get()
                .extracting(Location::regionCode).isEqualTo("BE-VAN");
        assertThat(resolver.resolve(mention("x").geo(new GeoPoint(31.23, 121.47)).build())).get()
                .extracting(Location::regionCode).isEqualTo("CN-SH");
    }

    @Test
    void knowsEverydayNamesOfCities() {
        assertThat(resolver.resolve(mention("Storing in Den Bosch").build())).get()
                .extracting(Location::regionName).isEqualTo("'s-Hertogenbosch");
        assertThat(resolver.resolve(mention("Geen bereik in Den Haag").build())).get()
                .extracting(Location::regionName).isEqualTo("Den Haag");
        assertThat(resolver.resolve(mention("Almere: no signal").build())).get()
                .extracting(Location::regionCode).isEqualTo("GM0034");
    }

    @Test
    void leavesAMentionWithNothingToGoOnUnlocated() {
        assertThat(resolver.resolve(mention("geen bereik, weer eens").build())).isEmpty();
    }

    private static String value(RecordComponent c, Location l) {
        try {
            return String.valueOf(c.getAccessor().invoke(l));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class PlaceFinderHolder {
        static final PlaceFinder FINDER = new PlaceFinder(GAZETTEER);
    }
}
