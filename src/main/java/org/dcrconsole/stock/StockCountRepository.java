package org.dcrconsole.stock;

import org.springframework.data.jpa.repository.JpaRepository;

interface StockCountRepository extends JpaRepository<StockCount, Long> {
}
