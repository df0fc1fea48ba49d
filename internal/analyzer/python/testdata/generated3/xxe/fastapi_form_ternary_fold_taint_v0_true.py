# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=form propagation=ternary_fold_taint sink=v0 expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.post("/00411")
async def benchmark_test_00411(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return {"result": str(result)}
