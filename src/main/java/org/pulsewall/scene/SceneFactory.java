package org.pulsewall.scene;

/** Builds one scene type for a playlist item; called on the FX thread. */
@FunctionalInterface
public interface SceneFactory {

    /** @throws SceneUnavailableException when the item cannot be shown */
    Scene create(SceneContext ctx);
}
