package org.thbhub.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeNameTest {

    @Test
    void aShortNameIsItsOwnTransactionNodeIdentifier() {
        assertThat(NodeName.txNodeId("thb-a")).isEqualTo("thb-a");
        assertThat(NodeName.txNodeId("x".repeat(23))).isEqualTo("x".repeat(23));
    }

    @Test
    void aLongerNameIsHashedTo23BytesAsRunShDoes() {
        // run.sh: n$(printf %s "$name" | sha256sum | cut -c1-22)
        String id = NodeName.txNodeId("a-very-long-node-name-beyond-23");
        assertThat(id).isEqualTo("n817c0ae3e39336bdd93712").hasSize(23);
        assertThat(NodeName.txNodeId("x".repeat(24))).hasSize(23).isNotEqualTo("x".repeat(23));
        assertThat(NodeName.txNodeId("узел-1")).startsWith("n").hasSize(23);
    }

    @Test
    void theConfiguredNameWinsAndAnEmptyOneFallsBackToTheHost() {
        assertThat(NodeName.resolve(Optional.of(" node-b "))).isEqualTo("node-b");
        assertThat(NodeName.resolve(Optional.of("  "))).isNotBlank();
        assertThat(NodeName.resolve(Optional.empty())).isNotBlank();
        assertThat(NodeName.resolve(Optional.of("n".repeat(100)))).hasSize(NodeName.MAX_LENGTH);
    }
}
