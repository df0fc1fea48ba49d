# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=form shape=parsel_selector expected=true
from fastapi import FastAPI, Request
from parsel import Selector

app = FastAPI()
PAGE = "<ul><li class=\"a\">x</li><li class=\"b\">y</li></ul>"


@app.post("/00324")
async def benchmark_test_00324(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    sel = Selector(text=PAGE)
    names = sel.xpath(f"//li[@class='{bar}']/text()").getall()  # want: PY-XPATH-INJECTION
    result = len(names)
    return {"result": str(result)}
