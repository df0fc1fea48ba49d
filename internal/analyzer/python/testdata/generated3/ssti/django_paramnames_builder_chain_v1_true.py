# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=paramnames propagation=builder_chain sink=v1 expected=true
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


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


def benchmark_test_00286(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Builder().set_value(param).get_value()
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00286/", benchmark_test_00286),
]
