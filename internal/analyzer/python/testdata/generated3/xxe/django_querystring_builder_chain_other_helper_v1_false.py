# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=querystring propagation=builder_chain_other (helper class) sink=v1 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from lxml import etree


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


def benchmark_test_00440(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00440/", benchmark_test_00440),
]
