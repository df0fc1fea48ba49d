# generated case: rule=PY-LDAP-INJECTION source=djget propagation=direct sink=safe-api expected=false
import ldap

from django.http import JsonResponse
from ldap.filter import escape_filter_chars


def handle_ldap(request):
    param = request.GET.get("p", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + escape_filter_chars(bar) + ")")
    result = len(entries)
    return JsonResponse({"result": result})
