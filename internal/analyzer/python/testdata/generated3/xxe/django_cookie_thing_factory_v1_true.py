# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=cookie propagation=thing_factory sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00437(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    thing = make_thing()
    bar = thing.do_something(param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00437/", benchmark_test_00437),
]
