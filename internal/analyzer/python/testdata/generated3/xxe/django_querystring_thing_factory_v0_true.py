# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=querystring propagation=thing_factory sink=v0 expected=true
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from lxml import etree


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00389(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    thing = make_thing()
    bar = thing.do_something(param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00389/", benchmark_test_00389),
]
