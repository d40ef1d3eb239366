// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "academy",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "academy", targets: ["academy"]),
    .library(name: "SOPKit", targets: ["SOPKit"]),
    .library(name: "CaseSim", targets: ["CaseSim"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    .target(
      name: "SOPKit",
      dependencies: ["CCmark", "Yams"]
    ),
    .target(
      name: "CaseSim",
      dependencies: ["SOPKit", "Yams"],
      resources: [.copy("Resources")]
    ),
    .target(
      name: "AcademyCLI",
      dependencies: [
        "SOPKit",
        "CaseSim",
        "Yams",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "academy",
      dependencies: ["AcademyCLI"]
    ),
    .testTarget(
      name: "SOPKitTests",
      dependencies: ["SOPKit"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "CaseSimTests",
      dependencies: ["CaseSim"]
    ),
    .testTarget(
      name: "AcademyCLITests",
      dependencies: ["AcademyCLI"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
