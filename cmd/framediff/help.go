package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/framediff/framediff/report"
	"github.com/spf13/cobra"
)

// setHelp makes the help of c and of every command under it fit the width
// of the terminal it is written to, or report.DefaultWidth columns when it
// is written to a file or a pipe: the command's description reflowed, the
// flags' descriptions wrapped beside their names.
func setHelp(c *cobra.Command) {
	c.SetHelpFunc(func(cmd *cobra.Command, _ []string) {
		w := cmd.OutOrStdout()
		// An error writing help has nowhere better to go.
		_ = writeHelp(w, cmd, helpWidth(w))
	})
	c.SetUsageFunc(func(cmd *cobra.Command) error {
		w := cmd.OutOrStderr()
		return writeUsage(w, cmd, helpWidth(w))
	})
}

// helpWidth is the width help is written in to w.
func helpWidth(w io.Writer) int {
	if cols, ok := terminalWidth(w); ok {
		return max(cols, report.MinWidth)
	}
	return report.DefaultWidth
}

// writeHelp writes a command's description, then its usage.
func writeHelp(w io.Writer, c *cobra.Command, width int) error {
	text := c.Long
	if text == "" {
		text = c.Short
	}
	if text = strings.TrimSpace(text); text != "" {
		if _, err := fmt.Fprintf(w, "%s\n\n", reflow(text, width)); err != nil {
			return err
		}
	}
	if c.Runnable() || c.HasSubCommands() {
		return writeUsage(w, c, width)
	}
	return nil
}

// writeUsage writes what cobra's default usage template writes, each line
// wrapped to width.
func writeUsage(w io.Writer, c *cobra.Command, width int) error {
	var b strings.Builder
	b.WriteString("Usage:")
	if c.Runnable() {
		b.WriteString("\n" + report.Wrap("  "+c.UseLine(), width, "      "))
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n" + report.Wrap("  "+c.CommandPath()+" [command]", width, "      "))
	}
	if c.HasExample() {
		b.WriteString("\n\nExamples:\n" + c.Example)
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n\nAvailable Commands:")
		for _, sub := range c.Commands() {
			if !sub.IsAvailableCommand() && sub.Name() != "help" {
				continue
			}
			pad := sub.NamePadding()
			line := fmt.Sprintf("  %-*s %s", pad, sub.Name(), sub.Short)
			b.WriteString("\n" + report.Wrap(line, width, strings.Repeat(" ", pad+3)))
		}
	}
	if c.HasAvailableLocalFlags() {
		b.WriteString("\n\nFlags:\n" + strings.TrimRight(c.LocalFlags().FlagUsagesWrapped(width), " \n"))
	}
	if c.HasAvailableInheritedFlags() {
		b.WriteString("\n\nGlobal Flags:\n" + strings.TrimRight(c.InheritedFlags().FlagUsagesWrapped(width), " \n"))
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n\n" + report.Wrap(fmt.Sprintf("Use \"%s [command] --help\" for more information about a command.", c.CommandPath()), width, ""))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// reflow wraps a description written as paragraphs of hard-wrapped lines
// to width: the lines of a paragraph are joined and wrapped again; a
// paragraph with an indented line (an example) keeps its lines, each
// wrapped on its own.
func reflow(text string, width int) string {
	paras := strings.Split(text, "\n\n")
	for i, p := range paras {
		lines := strings.Split(p, "\n")
		indented := false
		for _, l := range lines {
			if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
				indented = true
			}
		}
		if !indented {
			paras[i] = report.Wrap(strings.Join(lines, " "), width, "")
			continue
		}
		for j, l := range lines {
			lead := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
			lines[j] = report.Wrap(l, width, lead+"  ")
		}
		paras[i] = strings.Join(lines, "\n")
	}
	return strings.Join(paras, "\n\n")
}
