# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=headernames shape=sax_feature_uri_true expected=true
import io
import xml.sax

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00293")
def benchmark_test_00293(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    parser = xml.sax.make_parser()
    parser.setFeature("http://xml.org/sax/features/external-general-entities", True)
    parser.setContentHandler(xml.sax.ContentHandler())
    parser.parse(io.BytesIO(bar.encode("utf-8")))  # want: PY-XXE
    result = True
    return {"result": str(result)}
