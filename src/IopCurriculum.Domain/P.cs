namespace IopCurriculum.Domain; public static class Placeholder {}
