using IopCurriculum.Cli;

return IopCli.Run(args, Console.Out, Console.Error);
