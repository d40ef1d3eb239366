import Hummingbird

/// The stylesheet, script and icons, served from memory with an ETag.
enum AssetRoutes {
  static func register(_ routes: WebRoutes) {
    let views = routes.app.views
    routes.get("/assets/:name", .anyone) { request, context in
      guard let name = context.parameters.get("name"), let asset = views.assets[name] else {
        throw PageError.notFound
      }
      var headers = HTTPFields()
      headers[.contentType] = asset.contentType
      headers[.eTag] = asset.etag
      headers[.cacheControl] = "public, max-age=3600"
      if request.headers[.ifNoneMatch] == asset.etag {
        return Response(status: .notModified, headers: headers)
      }
      return Response(status: .ok, headers: headers, body: .init(byteBuffer: asset.body))
    }
  }
}
