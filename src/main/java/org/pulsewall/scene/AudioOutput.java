package org.pulsewall.scene;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this PC can play sound. A screen PC often has no sound device at all, and a clip with an
 * audio track then halts in the media player; videos are muted where this says no.
 */
final class AudioOutput {
    private static final Logger LOG = LoggerFactory.getLogger(AudioOutput.class);
    private static final AudioFormat CD = new AudioFormat(44_100, 16, 2, true, false);

    private AudioOutput() {
    }

    /** True when some mixer offers an output line for plain PCM sound. Asks the sound system once per call. */
    static boolean present() {
        try {
            DataLine.Info line = new DataLine.Info(SourceDataLine.class, CD);
            for (Mixer.Info info : AudioSystem.getMixerInfo()) {
                if (AudioSystem.getMixer(info).isLineSupported(line)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("no sound system", e);
            return false;
        }
    }
}
