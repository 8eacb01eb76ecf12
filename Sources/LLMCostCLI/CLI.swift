import DefaultData
import Foundation

public enum CLI {
    public static func run(arguments: [String]) -> Int32 {
        print(DefaultData.files.keys.sorted())
        return 0
    }
    public static func exit(_ code: Int32) -> Never { Foundation.exit(code) }
}
