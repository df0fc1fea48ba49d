# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=cookie propagation=filter_isalnum sink=v1 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.get("/00441")
def benchmark_test_00441(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = "".join(filter(str.isalnum, param))
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return {"result": str(result)}
