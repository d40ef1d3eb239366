// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "academy",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "academy", targets: ["academy"]),
    .library(name: "CivilCalendar", targets: ["CivilCalendar"]),
    .library(name: "SOPKit", targets: ["SOPKit"]),
    .library(name: "CaseSim", targets: ["CaseSim"]),
    .library(name: "AuditTrail", targets: ["AuditTrail"]),
    .library(name: "People", targets: ["People"]),
    .library(name: "TrainingKit", targets: ["TrainingKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    .target(name: "CivilCalendar"),
    .target(
      name: "AuditTrail",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(
      name: "SOPKit",
      dependencies: [
        "CCmark", "CivilCalendar", "Yams", "AuditTrail",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(
      name: "People",
      dependencies: [
        "SOPKit", "AuditTrail",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
      ],
      resources: [.copy("Resources")]
    ),
    .target(
      name: "CaseSim",
      dependencies: ["CivilCalendar", "SOPKit", "Yams"],
      resources: [.copy("Resources")]
    ),
    .target(
      name: "TrainingKit",
      dependencies: [
        "CivilCalendar", "SOPKit", "CaseSim", "AuditTrail", "Yams",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .target(
      name: "AcademyServices",
      dependencies: [
        "CivilCalendar", "SOPKit", "CaseSim", "People", "TrainingKit", "AuditTrail",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(
      name: "AcademyWeb",
      dependencies: [
        "AcademyServices", "CivilCalendar", "SOPKit", "CaseSim", "People", "TrainingKit", "AuditTrail",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Logging", package: "swift-log"),
      ],
      resources: [.copy("Resources")]
    ),
    .target(
      name: "AcademyCLI",
      dependencies: [
        "AcademyServices",
        "AcademyWeb",
        "CivilCalendar",
        "SOPKit",
        "CaseSim",
        "People",
        "TrainingKit",
        "AuditTrail",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .executableTarget(
      name: "academy",
      dependencies: ["AcademyCLI"]
    ),
    // Test-only conveniences (days as string literals); no product ships it.
    .target(
      name: "TestSupport",
      dependencies: ["CivilCalendar"],
      path: "Tests/Support"
    ),
    .testTarget(
      name: "CivilCalendarTests",
      dependencies: ["CivilCalendar"]
    ),
    .testTarget(
      name: "SOPKitTests",
      dependencies: ["SOPKit", "AuditTrail", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "CaseSimTests",
      dependencies: ["CaseSim", "CivilCalendar"]
    ),
    .testTarget(
      name: "AcademyWebTests",
      dependencies: [
        "AcademyWeb", "AcademyServices", "AuditTrail", "CivilCalendar", "SOPKit", "People", "TrainingKit",
        "TestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
      ]
    ),
    .testTarget(
      name: "AcademyCLITests",
      dependencies: [
        "AcademyCLI", "AcademyServices", "CivilCalendar", "SOPKit", "People", "AuditTrail", "TestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "AuditTrailTests",
      dependencies: ["AuditTrail", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .testTarget(
      name: "TrainingKitTests",
      dependencies: [
        "TrainingKit", "CivilCalendar", "SOPKit", "CaseSim", "AuditTrail", "TestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "PeopleTests",
      dependencies: ["People", "SOPKit", "AuditTrail", .product(name: "GRDB", package: "GRDB.swift")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
