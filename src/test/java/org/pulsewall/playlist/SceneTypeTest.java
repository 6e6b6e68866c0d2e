package org.pulsewall.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SceneTypeTest {

    @Test
    void theSameParameterNameHoldsWhatItsOwnSceneTypeSays() {
        assertThat(SceneType.CLOCK.kindOf("zone")).contains(ParamKind.TEXT);
        assertThat(SceneType.WEB.kindOf("timeout")).contains(ParamKind.DURATION);
        assertThat(SceneType.SHARE_OF_VOICE.kindOf("competitors")).contains(ParamKind.TOPIC_NAMES);
        assertThat(SceneType.JOURNEY_HEATMAP.kindOf("billing")).contains(ParamKind.TOPIC_NAME);
    }

    @Test
    void onlyScenesThatCountMentionsTakeNoise() {
        assertThat(SceneType.TICKER.kindOf("noise")).contains(ParamKind.NOISE);
        assertThat(SceneType.CLOCK.accepts("noise")).isFalse();
        assertThat(SceneType.VIDEO.accepts("topic")).isFalse();
    }

    @Test
    void requiredParametersAreThoseAnItemMustGive() {
        assertThat(SceneType.WEB.required()).containsExactly("url");
        assertThat(SceneType.IMAGE.required()).containsExactly("file");
        assertThat(SceneType.MENTION_WALL.required()).isEmpty();
    }

    @Test
    void onlyListsOfNamesOrTopicsMayBeWrittenAsAYamlList() {
        assertThat(SceneType.RESPONSE_TIME.kindOf("accounts").orElseThrow().listAllowed()).isTrue();
        assertThat(SceneType.MESSAGE.kindOf("text").orElseThrow().listAllowed()).isFalse();
    }
}
