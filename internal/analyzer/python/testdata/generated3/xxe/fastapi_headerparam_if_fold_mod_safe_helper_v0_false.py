# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=headerparam propagation=if_fold_mod_safe (helper class) sink=v0 expected=false
from fastapi import FastAPI, Header, Request
from lxml import etree

app = FastAPI()


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


@app.get("/00414")
def benchmark_test_00414(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return {"result": str(result)}
