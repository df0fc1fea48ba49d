# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=pathparam propagation=thing_factory sink=v0 expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00417/{test_id}")
def benchmark_test_00417(request: Request, test_id: str):
    param = test_id
    thing = make_thing()
    bar = thing.do_something(param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return {"result": str(result)}
