package org.retrogistics.disposition.bench;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.retrogistics.disposition.ClientRuleSet;
import org.retrogistics.disposition.DispositionDecision;
import org.retrogistics.disposition.DispositionEngine;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.GradeBand;
import org.retrogistics.disposition.RecoveryDefaults;
import org.retrogistics.disposition.RecoveryEntry;
import org.retrogistics.disposition.RecoveryTable;
import org.retrogistics.disposition.UnitFacts;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.shared.Money;

/**
 * Disposition decisions per second in process: all 11 options valued, every built-in hard rule and three client rules
 * run for each, on a mix of 1024 units (grades, categories, flags) drawn once with a fixed seed, against the system
 * defaults plus client rows. Run it with {@code bench/disposition.sh}; see docs/benchmarks.md, "Disposition engine".
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DispositionBenchmark {

    private static final String[] CATEGORIES = {"phones", "laptops", "tablets", "toys", "apparel", "audio"};
    private static final String[] BRANDS = {"Acme", "Globex", "Initech", "Umbrella"};

    private final DispositionEngine engine = new DispositionEngine();
    private RecoveryTable table;
    private ClientRuleSet rules;
    private UnitFacts[] units;
    private int next;

    @Setup
    public void setUp() {
        ClientId client = ClientId.of("7d6f1c1e-0000-4000-8000-000000000001");
        RecoveryTable defaults = RecoveryDefaults.system();
        RecoveryEntry phoneRefurb =
                defaults.lookup(null, null, GradeBand.REPAIRABLE, DispositionOption.REFURBISH_AND_RESELL);
        table = defaults.with(phoneRefurb.forScope(client, "phones", null));
        rules = ClientRuleSet.parse(
                client, 1, "never B2B_LOT brand=Acme\nnever DONATE category=phones\nnever PARTS_HARVEST sku=X-100");
        Random random = new Random(42);
        units = new UnitFacts[1024];
        for (int i = 0; i < units.length; i++) {
            boolean data = random.nextInt(3) == 0;
            units[i] = UnitFacts.builder()
                    .clientId(client)
                    .unitId(new UUID(random.nextLong(), random.nextLong()))
                    .sku("X-" + random.nextInt(200))
                    .brand(BRANDS[random.nextInt(BRANDS.length)])
                    .category(CATEGORIES[random.nextInt(CATEGORIES.length)])
                    .productValue(Money.of(String.valueOf(5 + random.nextInt(150_000) / 100.0), "USD"))
                    .weightGrams(50 + random.nextInt(5000))
                    .functionalGrade(FunctionalGrade.values()[random.nextInt(10)])
                    .cosmeticGrade(CosmeticGrade.values()[random.nextInt(4)])
                    .dataBearing(data)
                    .sanitisationPassed(data && random.nextBoolean())
                    .locked(random.nextInt(20) == 0)
                    .batteryState(
                            random.nextInt(25) == 0
                                    ? BatteryState.DAMAGED_DEFECTIVE
                                    : (random.nextBoolean() ? BatteryState.OK : BatteryState.NONE))
                    .recalled(random.nextInt(50) == 0)
                    .warrantyRepair(random.nextInt(10) == 0)
                    .noFaultFound(random.nextInt(5) == 0)
                    .authenticityHold(random.nextInt(100) == 0)
                    .vendorReturnAllowed(random.nextBoolean())
                    .donationAllowed(random.nextBoolean())
                    .build();
        }
    }

    @Benchmark
    public DispositionDecision decide() {
        UnitFacts unit = units[next++ & (units.length - 1)];
        return engine.decide(unit, table, rules);
    }
}
