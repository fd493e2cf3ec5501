namespace IopCurriculum.Definitions; public static class Placeholder {}
