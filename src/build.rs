//! Build script: for Windows targets, embeds the app icon and the version information (product
//! name, version, description) in every .exe, as Explorer, the taskbar and "Properties" show
//! them. Other targets need nothing (the window icon is compiled into the program itself).

use std::env;

fn main() {
    println!("cargo::rerun-if-changed=assets/icons/civic-workbook.ico");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let version = env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icons/civic-workbook.ico")
        .set("ProductName", "Civic Impact Workbook")
        .set(
            "FileDescription",
            "Civic Impact Workbook: self-assessment against the Civic Impact Framework",
        )
        .set("ProductVersion", &version)
        .set("FileVersion", &version)
        .set(
            "LegalCopyright",
            "The Civic Impact Workbook developers; MIT or Apache-2.0",
        )
        .set("CompanyName", "Civic Impact Workbook");
    // Cross builds use MinGW's windres (Debian's binutils-mingw-w64-x86-64, which comes with
    // gcc-mingw-w64-x86-64, the linker); a failure here stops the build rather than shipping an
    // .exe without its icon.
    if let Err(err) = resource.compile() {
        println!("cargo::error=the Windows resources (icon, version) could not be compiled: {err}");
    }
}
