package org.dcrconsole.stock;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Units in transit per item of a site: sent from it and not yet received (outbound), and sent to
 * it under an item code it keeps (inbound). Callers have checked role and site.
 */
@Component
class Transit {

    private final TransferOrderRepository transfers;
    private final ItemRepository items;

    Transit(TransferOrderRepository transfers, ItemRepository items) {
        this.transfers = transfers;
        this.items = items;
    }

    Map<Long, InTransit> of(long siteId) {
        Map<Long, Integer> out = new HashMap<>();
        for (Object[] row : transfers.outboundInTransit(siteId)) {
            out.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<String, Integer> inByCode = new HashMap<>();
        for (Object[] row : transfers.inboundInTransit(siteId)) {
            inByCode.put((String) row[0], ((Number) row[1]).intValue());
        }
        Map<Long, Integer> in = new HashMap<>();
        if (!inByCode.isEmpty()) {
            items.findBySiteIdAndCodeIn(siteId, inByCode.keySet())
                    .forEach(i -> in.put(i.getId(), inByCode.get(i.getCode())));
        }
        Map<Long, InTransit> result = new HashMap<>();
        Set<Long> ids = new TreeSet<>(out.keySet());
        ids.addAll(in.keySet());
        ids.forEach(id -> result.put(id, new InTransit(out.getOrDefault(id, 0), in.getOrDefault(id, 0))));
        return result;
    }
}
