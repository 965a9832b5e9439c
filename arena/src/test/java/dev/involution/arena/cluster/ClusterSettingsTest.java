package dev.involution.arena.cluster;

import com.typesafe.config.Config;
import dev.involution.arena.ArenaSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterSettingsTest {

    private static final String SEEDS = "akka://arena@10.0.0.1:25520, akka://arena@10.0.0.2:25520";

    @Test
    void withoutSeedsTheNodeIsAClusterOfOneThatDoesNotDrain() {
        ClusterSettings settings = ClusterSettings.from(ArenaSettings.fromEnvironment().load());
        assertThat(settings.multiNode()).isFalse();
        assertThat(settings.drainOnLeave()).isEqualTo(Duration.ZERO);
    }

    @Test
    void seedsWithPostgresAndAnAdminTokenFormACluster() {
        Config config = ArenaSettings.fromEnvironment()
                .with("arena.cluster.seeds", SEEDS)
                .with("arena.db.kind", "postgres")
                .with("arena.admin-token", "a-long-shared-admin-token")
                .load();
        ClusterSettings settings = ClusterSettings.from(config);
        assertThat(settings.seeds()).extracting(Object::toString)
                .containsExactly("akka://arena@10.0.0.1:25520", "akka://arena@10.0.0.2:25520");
        assertThat(settings.drainOnLeave()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void seedsWithTheEmbeddedDatabaseAreRefusedSayingWhatToSet() {
        Config config = ArenaSettings.fromEnvironment()
                .with("arena.cluster.seeds", SEEDS)
                .with("arena.db.kind", "h2")
                .with("arena.admin-token", "a-long-shared-admin-token")
                .load();
        assertThatThrownBy(() -> ClusterSettings.from(config))
                .isInstanceOf(ClusterSettings.ClusterConfigurationException.class)
                .hasMessageContaining("share").hasMessageContaining("ARENA_DB=postgres")
                .hasMessageContaining("ARENA_DB_URL");
    }

    @Test
    void seedsWithoutASharedAdminTokenAreRefused() {
        Config config = ArenaSettings.fromEnvironment()
                .with("arena.cluster.seeds", SEEDS)
                .with("arena.db.kind", "postgres")
                .with("arena.admin-token", "")
                .load();
        assertThatThrownBy(() -> ClusterSettings.from(config)).hasMessageContaining("ARENA_ADMIN_TOKEN")
                .hasMessageContaining("same");
    }

    @Test
    void aSeedMustBeAnArenaNodeAddress() {
        for (String bad : new String[]{"10.0.0.1:25520", "akka://other@10.0.0.1:25520", "akka://arena@10.0.0.1",
                "http://arena@10.0.0.1:25520"}) {
            assertThatThrownBy(() -> ClusterSettings.parseSeeds(bad)).as(bad)
                    .hasMessageContaining("ARENA_CLUSTER_SEEDS").hasMessageContaining("akka://arena@host:port");
        }
    }

    @Test
    void theSplitBrainResolverKeepsTheMajorityAndADownedNodeShutsDown() {
        Config config = ArenaSettings.fromEnvironment().load();
        assertThat(config.getString("akka.cluster.downing-provider-class"))
                .isEqualTo("akka.cluster.sbr.SplitBrainResolverProvider");
        assertThat(config.getString("akka.cluster.split-brain-resolver.active-strategy")).isEqualTo("keep-majority");
        assertThat(config.getDuration("akka.cluster.split-brain-resolver.stable-after")).isEqualTo(Duration.ofSeconds(7));
        assertThat(config.getBoolean("akka.cluster.run-coordinated-shutdown-when-down")).isTrue();
        assertThat(config.getString("akka.cluster.sharding.remember-entities-store")).isEqualTo("eventsourced");
    }
}
