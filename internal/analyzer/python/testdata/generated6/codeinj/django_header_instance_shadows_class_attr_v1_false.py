# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=header shape=instance_shadows_class_attr sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path


class Settings:
    term = "default"


def benchmark_test_00027(request):
    param = request.headers.get("X-Benchmark", "")
    s = Settings()
    s.term = param
    bar = Settings.term
    exec("value = " + bar, {})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00027/", benchmark_test_00027),
]
