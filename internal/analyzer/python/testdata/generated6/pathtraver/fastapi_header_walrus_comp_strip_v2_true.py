# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=header shape=walrus_comp_strip sink=v2 expected=true
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00129")
def benchmark_test_00129(request: Request):
    param = request.headers.get("referer", "")
    found = [y for x in [param] if (y := x.strip())]
    bar = found[0] if found else "none"
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return {"result": str(result)}
