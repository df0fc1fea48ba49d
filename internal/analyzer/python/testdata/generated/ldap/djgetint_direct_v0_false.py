# generated case: rule=PY-LDAP-INJECTION source=djgetint propagation=direct sink=v0 expected=false
import ldap

from django.http import JsonResponse


def handle_ldap(request):
    param = str(int(request.GET.get("p", "0")))
    bar = param
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return JsonResponse({"result": result})
