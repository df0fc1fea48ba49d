# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=headernames propagation=int_conv (helper class) sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00434(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00434/", benchmark_test_00434),
]
