using System.Resources;

// The neutral resources are Dutch: the interface's default language.
[assembly: NeutralResourcesLanguage("nl")]
