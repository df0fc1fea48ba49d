# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=form shape=minidom_unsafe_sax_parser expected=true
import xml.sax

from fastapi import FastAPI, Request
from xml.dom import minidom
from xml.sax.handler import feature_external_ges

app = FastAPI()


@app.post("/00298")
async def benchmark_test_00298(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(feature_external_ges, True)
    doc = minidom.parseString(bar, parser=sax_parser)  # want: PY-XXE
    result = doc.documentElement.tagName
    return {"result": str(result)}
