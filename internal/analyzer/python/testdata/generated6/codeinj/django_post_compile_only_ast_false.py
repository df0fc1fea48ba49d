# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=compile_only_ast sink=specific expected=false
import ast

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00347(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    tree = compile(bar, "<expr>", "eval", ast.PyCF_ONLY_AST)
    result = type(tree.body).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00347/", benchmark_test_00347),
]
