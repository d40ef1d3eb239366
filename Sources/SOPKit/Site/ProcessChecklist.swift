/// A process rendered for people: `<ol class="process">`, one item per step with its title
/// linking to the section that explains it, the action and its conditions in plain words.
enum ProcessChecklist {
  static func html(_ spec: ProcessSpec) -> String {
    var out = "<ol class=\"process\">\n"
    for step in spec.steps {
      out += "<li id=\"step-\(HTMLText.escape(step.id))\" class=\"step step-\(step.kind.rawValue)\">"
      out += "<a href=\"#\(HTMLText.escape(step.section))\">\(HTMLText.escape(step.title))</a>"
      let details = ProcessWording.details(of: step, in: spec.steps)
      out += "<br /><span class=\"step-details\">\(HTMLText.escape(details.joined(separator: " ")))</span>"
      out += "</li>\n"
    }
    out += "</ol>"
    return out
  }
}
