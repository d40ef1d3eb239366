import Foundation
import Hummingbird
import Mustache

/// The Mustache templates and static assets, loaded once from the module's resources.
struct Views: Sendable {
  let templates: MustacheLibrary
  let assets: [String: Asset]

  /// A static file served from memory with its type and a content hash for caching.
  struct Asset: Sendable {
    var body: ByteBuffer
    var contentType: String
    var etag: String
  }

  enum LoadError: Error, CustomStringConvertible {
    case missingResources(String)
    var description: String {
      switch self {
      case .missingResources(let path):
        return "web templates not found at \(path): the academy build is incomplete; rebuild it"
      }
    }
  }

  static func load() async throws -> Views {
    guard let root = Bundle.module.resourceURL else {
      throw LoadError.missingResources("the AcademyWeb resource bundle")
    }
    let templateFolder = root.appendingPathComponent("templates").path
    guard FileManager.default.fileExists(atPath: templateFolder) else {
      throw LoadError.missingResources(templateFolder)
    }
    let templates = try await MustacheLibrary(directory: templateFolder)
    var assets: [String: Asset] = [:]
    let assetFolder = root.appendingPathComponent("assets")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: assetFolder.path)) ?? [] {
      let data = try Data(contentsOf: assetFolder.appendingPathComponent(name))
      assets[name] = Asset(
        body: ByteBuffer(bytes: data), contentType: contentType(of: name), etag: "\"\(fnv1a(data))\"")
    }
    return Views(templates: templates, assets: assets)
  }

  /// Renders `template` with `data`; a missing template is a programming error shown as 500.
  func render(_ template: String, _ data: [String: Any]) throws -> String {
    guard let html = templates.render(data, withTemplate: template) else {
      throw HTTPError(.internalServerError, message: "template \(template) missing")
    }
    return html
  }

  private static func contentType(of name: String) -> String {
    switch (name as NSString).pathExtension {
    case "css": return "text/css; charset=utf-8"
    case "js": return "text/javascript; charset=utf-8"
    case "svg": return "image/svg+xml"
    case "png": return "image/png"
    default: return "application/octet-stream"
    }
  }

  private static func fnv1a(_ data: Data) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
