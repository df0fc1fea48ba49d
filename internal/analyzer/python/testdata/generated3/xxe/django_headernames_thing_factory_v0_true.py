# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=headernames propagation=thing_factory sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00389(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    thing = make_thing()
    bar = thing.do_something(param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00389/", benchmark_test_00389),
]
