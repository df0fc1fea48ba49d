# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=post shape=static_class_roundtrip (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


class Codec:
    PREFIX = "q-"

    @staticmethod
    def wrap(value):
        return Codec.PREFIX + value

    @classmethod
    def unwrap(cls, value):
        return value[len(cls.PREFIX):]

    @staticmethod
    def checksum(value):
        return str(sum(map(ord, value)) % 97)


class Test:
    def do_something(self, request, param):
        bar = Codec.unwrap(Codec.wrap(param))
        return bar


def case_00015(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    request.session["display_name"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00015/", case_00015),
]
