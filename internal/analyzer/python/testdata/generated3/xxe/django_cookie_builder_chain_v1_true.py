# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=cookie propagation=builder_chain sink=v1 expected=true
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


def benchmark_test_00419(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Builder().set_value(param).get_value()
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00419/", benchmark_test_00419),
]
