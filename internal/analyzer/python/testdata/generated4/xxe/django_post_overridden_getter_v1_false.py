# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=post shape=overridden_getter sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


class Base:
    def get(self):
        return self.value


class Child(Base):
    def __init__(self, value):
        self.value = value


class FixedChild(Base):
    def __init__(self, value):
        self.value = value

    def get(self):
        return "fixed"


def benchmark_test_00040(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = FixedChild(param).get()
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00040/", benchmark_test_00040),
]
