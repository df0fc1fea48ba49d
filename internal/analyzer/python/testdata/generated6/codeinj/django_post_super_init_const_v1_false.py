# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=super_init_const sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path


class Field:
    def __init__(self, value):
        self.value = value


class StrippedField(Field):
    def __init__(self, value):
        super().__init__(value.strip())


class DefaultField(Field):
    def __init__(self, value):
        super().__init__("default")
        self.original = value


def benchmark_test_00011(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = DefaultField(param).value
    exec("value = " + bar, {})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00011/", benchmark_test_00011),
]
