# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=cookie shape=sax_feature_int_true expected=true
import io
import xml.sax
import xml.sax.handler

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00289")
def benchmark_test_00289(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, 1)
    parser.setContentHandler(xml.sax.ContentHandler())
    parser.parse(io.BytesIO(bar.encode("utf-8")))  # want: PY-XXE
    result = True
    return {"result": str(result)}
