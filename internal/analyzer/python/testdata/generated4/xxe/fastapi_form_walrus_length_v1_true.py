# generated case (gen_cases4): category=xxe rule=PY-XXE fw=fastapi source=form shape=walrus_length sink=v1 expected=true
from fastapi import FastAPI, HTTPException, Request
from lxml import etree

app = FastAPI()


@app.post("/00192")
async def benchmark_test_00192(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    if (n := len(param)) > 256:
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return {"result": str(result)}
